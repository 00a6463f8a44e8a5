<?php
// ProjectSend page stand-in: index.php
