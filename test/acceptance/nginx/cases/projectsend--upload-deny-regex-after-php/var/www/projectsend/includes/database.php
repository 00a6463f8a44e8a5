<?php
// ProjectSend include stand-in: database.php
