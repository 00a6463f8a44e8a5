<?php
// database upgrade stand-in
