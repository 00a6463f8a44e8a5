<?php // stand-in
