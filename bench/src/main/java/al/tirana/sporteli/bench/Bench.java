package al.tirana.sporteli.bench;

import java.util.Arrays;

/**
 * The capacity bench of Sporteli: one jar, one subcommand per measurement, each appending its figures
 * to the results file that {@code report} turns into RESULTS.md. See bench/README.md.
 */
public final class Bench {

    private static final String USAGE = """
            usage: java -jar sporteli-bench.jar SUBCOMMAND [--option value ...]
              seed      --jdbc URL --user U --password P [--count 1000000] [--days 365]
              baseline  --jdbc URL --user U --password P [--threads 8] [--seconds 20]
              intake    --url http://host:port/sporteli --api-key KEY [--rate 200] [--seconds 30] [--keys NAME] [--jdbc URL ...]
              ramp      --url ... --api-key KEY [--rates 100,200,400,700,1000,1400] [--step-seconds 30] [--p99-limit-ms 500] [--refine true]
              reads     --url ... (--user U --password P | --api-key KEY) [--queues NA01,TAX] [--units NA01] [--seconds 10]
              emergency --url ... --api-key KEY --broker-user U --broker-password P --jdbc URL ... [--backlog 500000] [--samples 200]
              report    [--out RESULTS.md] [--wildfly VERSION] [--postgres VERSION]
              reliability --url ... --api-key KEY --out ATTEMPTS [--rate 25] [--stop-file PATH] [--seconds 900] [--timeout-ms 10000]
              reconcile --jdbc URL --user U --password P --attempts ATTEMPTS [--wait-seconds 180]
              answers   --attempts ATTEMPTS --down MS --up-from MS --up MS [--max-latency-ms 10000] [--recovery-limit-ms 10000]
            every subcommand also takes --results FILE (default target/results.jsonl): the others append to it, report reads it""";

    private Bench() {
    }

    public static void main(String[] argv) {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("help")) {
            Console.println(USAGE);
            return;
        }
        try {
            Args args = Args.parse(Arrays.copyOfRange(argv, 1, argv.length));
            switch (argv[0]) {
                case "seed" -> Seed.run(args);
                case "baseline" -> Baseline.run(args);
                case "intake" -> OpenLoad.intake(args);
                case "ramp" -> OpenLoad.ramp(args);
                case "reads" -> Reads.run(args);
                case "emergency" -> EmergencyPath.run(args);
                case "report" -> Report.run(args);
                case "reliability" -> Reliability.run(args);
                case "reconcile" -> Reconcile.run(args);
                case "answers" -> Answers.run(args);
                default -> throw new IllegalArgumentException("Unknown subcommand " + argv[0] + "\n" + USAGE);
            }
        } catch (IllegalArgumentException e) {
            Console.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            Console.failed(argv[0] + " failed: " + e, e);
            System.exit(1);
        }
    }
}
