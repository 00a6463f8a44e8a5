<?php
// class/database/databasefactory.php (stand-in)
