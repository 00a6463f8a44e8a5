<?php
// Web-service library.
