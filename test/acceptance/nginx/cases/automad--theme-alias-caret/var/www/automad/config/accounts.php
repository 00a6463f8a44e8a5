<?php return 'a:1:{s:6:"editor";a:3:{s:4:"name";s:6:"editor";s:5:"email";s:18:"editor@example.net";s:12:"passwordHash";s:60:"$2y$10$X2Muy3cGpSN1NgYxV7svjwIvthYkbJ2dpNTYGwRWDgFA49yJ3clmA";}}';
