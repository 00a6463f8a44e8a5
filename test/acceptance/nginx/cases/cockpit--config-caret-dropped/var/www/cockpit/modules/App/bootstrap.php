<?php
// modules/App/bootstrap.php
