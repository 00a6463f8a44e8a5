<?php
// footer snippet
