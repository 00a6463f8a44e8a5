<?php
header('Location: awsindex.html');
