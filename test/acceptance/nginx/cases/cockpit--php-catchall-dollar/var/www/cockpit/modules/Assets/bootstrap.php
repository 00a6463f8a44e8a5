<?php
// modules/Assets/bootstrap.php
