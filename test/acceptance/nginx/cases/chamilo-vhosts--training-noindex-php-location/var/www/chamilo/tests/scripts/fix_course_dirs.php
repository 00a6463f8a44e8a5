<?php
// stand-in
