-- phpIPAM database schema
CREATE TABLE `settings` (`id` int(11));
