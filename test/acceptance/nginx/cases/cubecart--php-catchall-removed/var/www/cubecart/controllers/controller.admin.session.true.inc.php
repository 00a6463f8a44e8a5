<?php
// admin controller
