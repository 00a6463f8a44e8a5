<?php
// modules/App/api.php
