-- Gibbon demo data
INSERT INTO `gibbonPerson` (`gibbonPersonID`, `username`, `passwordStrong`) VALUES (1, 'admin', '$2y$10$demo');
