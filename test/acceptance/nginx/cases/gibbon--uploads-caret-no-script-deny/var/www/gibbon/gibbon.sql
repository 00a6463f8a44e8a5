-- Gibbon database schema
CREATE TABLE `gibbonPerson` (`gibbonPersonID` int(10) unsigned zerofill NOT NULL AUTO_INCREMENT, `username` varchar(20) NOT NULL, `passwordStrong` varchar(255) NOT NULL, PRIMARY KEY (`gibbonPersonID`));
