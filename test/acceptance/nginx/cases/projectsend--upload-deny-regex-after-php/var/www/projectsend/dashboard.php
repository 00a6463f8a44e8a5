<?php
// ProjectSend page stand-in: dashboard.php
