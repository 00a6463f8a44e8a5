<?php
// index.php
