<?php
// ProjectSend include stand-in: ajax.process.php
