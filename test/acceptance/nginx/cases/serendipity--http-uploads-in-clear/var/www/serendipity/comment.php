<?php
// trackbacks and comments
