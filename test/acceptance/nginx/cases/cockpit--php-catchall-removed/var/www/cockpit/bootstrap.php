<?php
// bootstrap.php
