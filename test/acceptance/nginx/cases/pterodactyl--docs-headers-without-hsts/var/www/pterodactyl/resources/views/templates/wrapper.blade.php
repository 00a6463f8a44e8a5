<!DOCTYPE html>
