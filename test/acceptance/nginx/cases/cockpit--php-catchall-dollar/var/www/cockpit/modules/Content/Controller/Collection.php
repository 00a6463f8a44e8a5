<?php
// modules/Content/Controller/Collection.php
