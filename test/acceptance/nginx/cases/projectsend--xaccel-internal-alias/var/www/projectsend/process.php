<?php
// ProjectSend page stand-in: process.php
