<?php
// modules/App/admin.php
