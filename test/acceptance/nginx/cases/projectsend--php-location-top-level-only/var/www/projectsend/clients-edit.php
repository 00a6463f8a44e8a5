<?php
// ProjectSend page stand-in: clients-edit.php
