<?php
// lib/MongoLite/Client.php
