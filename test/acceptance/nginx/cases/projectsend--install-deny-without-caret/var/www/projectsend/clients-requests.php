<?php
// ProjectSend page stand-in: clients-requests.php
