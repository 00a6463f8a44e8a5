<?php
// login form stand-in
