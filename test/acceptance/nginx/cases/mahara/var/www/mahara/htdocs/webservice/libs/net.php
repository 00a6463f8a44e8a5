<?php
// Web-service helper library.
