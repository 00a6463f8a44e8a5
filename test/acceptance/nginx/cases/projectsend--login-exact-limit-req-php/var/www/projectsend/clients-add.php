<?php
// ProjectSend page stand-in: clients-add.php
