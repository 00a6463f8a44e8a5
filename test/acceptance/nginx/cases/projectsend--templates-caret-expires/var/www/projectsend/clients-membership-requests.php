<?php
// ProjectSend page stand-in: clients-membership-requests.php
