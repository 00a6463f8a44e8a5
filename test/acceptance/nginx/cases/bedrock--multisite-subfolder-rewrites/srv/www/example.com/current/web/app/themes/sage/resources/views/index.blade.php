@extends("layouts.app")
