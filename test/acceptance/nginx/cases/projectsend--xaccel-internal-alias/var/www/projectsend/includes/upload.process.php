<?php
// ProjectSend include stand-in: upload.process.php
