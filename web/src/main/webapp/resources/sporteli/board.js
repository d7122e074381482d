/*
 * The Operational Center's live board. The websocket only says "something changed"; the board then
 * reloads its parts through Faces (refreshBoard), redraws the map's points and, when a new severity 1
 * incident appears, flashes and (if the operator turned sound on) beeps.
 */
var sporteliBoard = (function () {
    "use strict";
    var TIRANA = [41.3275, 19.8187];
    var COLOURS = {1: "#b00020", 2: "#9a3c00", 3: "#8a6d00", 4: "#2e6b30"};
    var map = null, points = null, busy = false, again = false, seen = null, audio = null;

    function start() {
        var element = document.getElementById("map");
        if (element && window.L) {
            map = L.map(element, {zoomControl: true, attributionControl: false}).setView(TIRANA, 12);
            var tiles = element.getAttribute("data-tiles");
            if (tiles) {
                L.tileLayer(tiles, {maxZoom: 18}).addTo(map);
            }
            points = L.layerGroup().addTo(map);
        }
        var toggle = document.getElementById("soundToggle");
        if (toggle) {
            toggle.addEventListener("click", function () {
                var on = toggle.getAttribute("aria-pressed") !== "true";
                toggle.setAttribute("aria-pressed", String(on));
                toggle.textContent = toggle.getAttribute(on ? "data-on" : "data-off");
                if (on) {
                    // browsers allow sound only after a click: this is the click
                    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
                    audio.resume();
                } else if (audio) {
                    audio.suspend();
                }
            });
        }
        updated();
    }

    function draw() {
        var holder = document.getElementById("markers");
        if (!map || !holder) {
            return;
        }
        points.clearLayers();
        var list = JSON.parse(holder.getAttribute("data-markers") || "[]");
        var bounds = [];
        list.forEach(function (p) {
            L.circleMarker([p.lat, p.lon], {
                radius: 12 - 2 * p.severity, color: COLOURS[p.severity], fillOpacity: 0.7, weight: 2
            }).bindTooltip(p.label).addTo(points);
            bounds.push([p.lat, p.lon]);
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, {maxZoom: 15, padding: [30, 30]});
        }
    }

    function alertIfNew() {
        var holder = document.getElementById("alerts");
        if (!holder) {
            return;
        }
        var ids = (holder.getAttribute("data-alert-ids") || "").split(",").filter(Boolean);
        var fresh = seen !== null && ids.some(function (id) { return seen.indexOf(id) < 0; });
        seen = ids;
        if (fresh) {
            holder.classList.add("is-new");
            setTimeout(function () { holder.classList.remove("is-new"); }, 5000);
            beep();
        }
    }

    function beep() {
        if (!audio || audio.state !== "running") {
            return;
        }
        [0, 0.35, 0.7].forEach(function (offset) {
            var tone = audio.createOscillator();
            var gain = audio.createGain();
            tone.frequency.value = 880;
            gain.gain.value = 0.2;
            tone.connect(gain).connect(audio.destination);
            tone.start(audio.currentTime + offset);
            tone.stop(audio.currentTime + offset + 0.2);
        });
    }

    /** After each reload of the board's parts. */
    function updated() {
        busy = false;
        draw();
        alertIfNew();
        document.body.setAttribute("data-board-updated", String(Date.now()));
        if (again) {
            again = false;
            pushed();
        }
    }

    /** A change was announced: reload once, and once more if more changes came meanwhile. */
    function pushed() {
        if (busy) {
            again = true;
            return;
        }
        if (typeof window.refreshBoard === "function") {
            busy = true;
            window.refreshBoard();
        }
    }

    document.addEventListener("DOMContentLoaded", start);
    return {pushed: pushed, updated: updated};
})();
