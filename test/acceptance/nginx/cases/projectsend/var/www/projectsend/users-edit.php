<?php
// ProjectSend page stand-in: users-edit.php
