-- stand-in: database dump extracted by the restore
CREATE TABLE `x7k2_users` (`id` int, `username` varchar(150), `password` varchar(100));
INSERT INTO `x7k2_users` VALUES (1,'admin','$2y$10$09dcff173e54e33a7896359c67b23e5dc260eb0e');
