<?php
// ProjectSend page stand-in: email-preview.php
