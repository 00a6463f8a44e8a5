<?php
// ProjectSend page stand-in: files-edit.php
