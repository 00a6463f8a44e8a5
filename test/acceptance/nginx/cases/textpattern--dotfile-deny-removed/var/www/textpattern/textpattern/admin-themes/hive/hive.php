<?php
// Hive admin theme
