<?php
// lib/IndexLite/Manager.php
