<?php
header("Location: ../login.php");
exit;
