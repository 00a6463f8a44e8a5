<?php
// stand-in for CE Phoenix's templates/default/includes/pages/index.php
