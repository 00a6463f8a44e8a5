<?php
// modules/System/bootstrap.php
