-- The central departments that handle services across all units; each has its own queue.
INSERT INTO department (id, code, name_sq, name_en) VALUES
 (1, 'TAX',      'Drejtoria e Përgjithshme e Taksave dhe Tarifave Vendore', 'General Directorate of Local Taxes and Tariffs'),
 (2, 'SOCIAL',   'Drejtoria e Shërbimeve Sociale',                          'Directorate of Social Services'),
 (3, 'HOUSING',  'Drejtoria e Strehimit Social',                            'Directorate of Social Housing'),
 (4, 'INFO',     'Koordinatori për të Drejtën e Informimit',                'Right to Information Coordinator'),
 (5, 'URBAN',    'Drejtoria e Planifikimit Urban',                          'Directorate of Urban Planning'),
 (6, 'EDU',      'Drejtoria e Arsimit',                                     'Directorate of Education'),
 (7, 'PUBWORKS', 'Drejtoria e Punëve Publike',                              'Directorate of Public Works');
