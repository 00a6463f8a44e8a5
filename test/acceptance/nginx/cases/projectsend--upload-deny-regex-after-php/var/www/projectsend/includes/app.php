<?php
// ProjectSend include stand-in: app.php
