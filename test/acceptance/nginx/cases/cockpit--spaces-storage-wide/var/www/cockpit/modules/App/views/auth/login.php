<?php
// modules/App/views/auth/login.php
