<?php
// modules/Content/bootstrap.php
