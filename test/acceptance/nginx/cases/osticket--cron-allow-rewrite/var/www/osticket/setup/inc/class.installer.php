<?php
// osTicket 1.18 placeholder: setup/inc/class.installer.php
