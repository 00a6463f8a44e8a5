<?php
class Pico {}
