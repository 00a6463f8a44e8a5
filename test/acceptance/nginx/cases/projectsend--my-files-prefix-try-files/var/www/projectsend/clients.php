<?php
// ProjectSend page stand-in: clients.php
